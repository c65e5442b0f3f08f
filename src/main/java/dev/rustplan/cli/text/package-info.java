/**
 * Terminal rendering: views that return Strings, the screen's width, the one wrapper and the
 * tables that use it, the one vocabulary (Voice), style and colour.
 */
package dev.rustplan.cli.text;

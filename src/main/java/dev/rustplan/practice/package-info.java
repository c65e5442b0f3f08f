/** Makes a ready Cargo project for a practice or capstone day. */
package dev.rustplan.practice;

package dev.grudrill.cli;

/** Output formats of the lookup commands. */
enum LookupFormat { text, json, markdown }

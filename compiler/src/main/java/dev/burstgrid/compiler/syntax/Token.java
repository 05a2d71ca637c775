package dev.burstgrid.compiler.syntax;

/**
 * One token: a kind and the UTF-16 offsets {@code [start, end)} it covers. {@code flag} carries
 * the one bit some kinds need (strip marker, flush heredoc).
 */
record Token(TokenType type, int start, int end, boolean flag) {}

package org.icmf.web;

/** Someone else saved the post or page after this form was opened: saving would silently undo their work. */
public class ConcurrentEditException extends RuntimeException {}

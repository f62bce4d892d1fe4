package io.troubleshooter.guide;

/** What the engineer answered at a cause's "resolved?" decision. */
public enum Answer { RESOLVED, NOT_RESOLVED, SKIPPED }

package org.qcommons.testsupport;

/**
 * For the few integration tests that start their own application or database process (crash recovery, the external
 * MariaDB server) instead of sharing the test context, so that they cannot disturb it.
 */
public abstract class StandaloneTestBase {}

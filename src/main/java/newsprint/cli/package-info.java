/** The {@code newsprint} command line: one class per subcommand, errors mapped to exit codes in {@link newsprint.cli.ExitCodes}. */
package newsprint.cli;

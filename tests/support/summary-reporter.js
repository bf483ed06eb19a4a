// Prints one closing line that any CI can read: "Tests: N passed, N failed, N skipped".
class SummaryReporter {
	onRunComplete( _contexts, results ) {
		process.stdout.write(
			`\nTests: ${ results.numPassedTests } passed, ${ results.numFailedTests } failed, ${ results.numPendingTests + results.numTodoTests } skipped\n`
		);
	}
}

module.exports = SummaryReporter;

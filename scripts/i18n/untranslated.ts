import ts from 'typescript';

/* Finds user-visible text that skipped the translation functions. */

/** True for text written in place: a string, a template literal, or a `+` that joins one. */
function isBareText( node: ts.Expression | undefined ): boolean {
	if ( ! node ) {
		return false;
	}
	if ( ts.isParenthesizedExpression( node ) ) {
		return isBareText( node.expression );
	}
	if (
		ts.isStringLiteral( node ) ||
		ts.isNoSubstitutionTemplateLiteral( node ) ||
		ts.isTemplateExpression( node )
	) {
		return true;
	}
	if ( ts.isConditionalExpression( node ) ) {
		return isBareText( node.whenTrue ) || isBareText( node.whenFalse );
	}
	return (
		ts.isBinaryExpression( node ) &&
		node.operatorToken.kind === ts.SyntaxKind.PlusToken &&
		( isBareText( node.left ) || isBareText( node.right ) )
	);
}

/**
 * The untranslated text shown to people through the server's errors, or null: the message
 * (3rd argument) of `new DomainError( kind, code, message )`, the reason (2nd argument)
 * of `reader.fail( field, reason )` and a ParamReader `patternHint`.
 */
export function bareServerText( node: ts.Node ): ts.Expression | null {
	if (
		ts.isNewExpression( node ) &&
		ts.isIdentifier( node.expression ) &&
		node.expression.text === 'DomainError' &&
		isBareText( node.arguments?.[ 2 ] )
	) {
		return node.arguments![ 2 ];
	}
	if (
		ts.isCallExpression( node ) &&
		ts.isPropertyAccessExpression( node.expression ) &&
		node.expression.name.text === 'fail' &&
		isBareText( node.arguments[ 1 ] )
	) {
		return node.arguments[ 1 ];
	}
	if (
		ts.isPropertyAssignment( node ) &&
		node.name.getText() === 'patternHint' &&
		isBareText( node.initializer )
	) {
		return node.initializer;
	}
	return null;
}

/** JSX attributes that people read or hear. */
const READ_ATTRIBUTES = new Set( [
	'label',
	'aria-label',
	'placeholder',
	'title',
	'help',
	'alt',
	'aria-description',
] );

/** Words shown to people in JSX without a translation function, or null. */
export function untranslatedJsx( node: ts.Node ): string | null {
	if ( ts.isJsxText( node ) && /\p{L}/u.test( node.text ) ) {
		return node.text.trim();
	}
	if (
		ts.isJsxAttribute( node ) &&
		READ_ATTRIBUTES.has( node.name.getText() ) &&
		node.initializer &&
		ts.isStringLiteral( node.initializer ) &&
		/\p{L}/u.test( node.initializer.text )
	) {
		return node.initializer.text;
	}
	return null;
}

/** What a bare server text was found in, for the problem's wording. */
export function bareKind( node: ts.Node ): string {
	if ( ts.isNewExpression( node ) ) {
		return 'DomainError message';
	}
	return ts.isCallExpression( node ) ? 'fail() reason' : 'patternHint';
}

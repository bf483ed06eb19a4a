/** One field an audit entry changed, its values as text. */
export interface FieldChange {
	field: string;
	before: string;
	after: string;
}

function show( value: unknown ): string {
	if ( value === undefined ) {
		return '—';
	}
	return typeof value === 'string' ? value : JSON.stringify( value );
}

/**
 * The top-level fields whose values differ between `before` and `after` (all of `after` for a
 * creation, all of `before` for a deletion), bookkeeping fields left out.
 */
export function fieldChanges(
	before: Record< string, unknown > | null,
	after: Record< string, unknown > | null
): FieldChange[] {
	const skip = new Set( [ 'id', 'version', 'created_at' ] );
	const keys = new Set( [
		...Object.keys( before ?? {} ),
		...Object.keys( after ?? {} ),
	] );
	const changes: FieldChange[] = [];
	for ( const field of keys ) {
		if ( skip.has( field ) ) {
			continue;
		}
		const was = show( before?.[ field ] );
		const now = show( after?.[ field ] );
		if ( was !== now ) {
			changes.push( { field, before: was, after: now } );
		}
	}
	return changes;
}

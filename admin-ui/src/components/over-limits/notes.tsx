import { Notice } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';
import { membershipNotesQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { formatDate } from '../../format';
import { limitAmountText } from '../usage-meter/limit-labels';

/** "Applied over limits by Admin on March 11, 2026 (7 pages, 2 custom domains above the limits)" for each such change of a membership (RULES L4). */
export function OverLimitsNotes( { membershipId }: { membershipId: number } ) {
	// NOTE: the notes only add to the screen; without them it shows what it always did.
	const notes = useQuery( membershipNotesQuery, membershipId ).data ?? [];
	if ( notes.length === 0 ) {
		return null;
	}
	return (
		<div className="wu-over-limits-notes">
			{ notes.map( ( note ) => (
				<Notice
					key={ note.quote_id }
					status="warning"
					isDismissible={ false }
				>
					{ sprintf(
						/* translators: 1: the admin's name, 2: a date, 3: what was above the limits, e.g. "7 pages, 2 custom domains" */
						__(
							'Applied over limits by %1$s on %2$s (above the new limits: %3$s).',
							'wu-plan-change'
						),
						note.name,
						formatDate( note.at ),
						note.over_limits
							.map( ( o ) =>
								limitAmountText(
									o.limit,
									o.must_remove,
									o.post_type
								)
							)
							.join( ', ' )
					) }
				</Notice>
			) ) }
		</div>
	);
}

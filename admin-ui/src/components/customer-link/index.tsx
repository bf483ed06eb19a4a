import { customerQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { Link } from '../../shell/router';

/** A link to a customer's page named by their display name (loaded through the data layer; "#3" meanwhile). */
export function CustomerLink( {
	id,
	basePath,
	name,
}: {
	id: number;
	basePath: string;
	/** The name when the caller already has it (a list item's `customer_name`): nothing is loaded then. */
	name?: string;
} ) {
	const { data } = useQuery( name ? null : customerQuery, id );
	const label = name ?? ( data ? data.display_name || data.username : null );
	return (
		<Link href={ `${ basePath }customers/${ id }` }>
			{ label ?? `#${ id }` }
		</Link>
	);
}

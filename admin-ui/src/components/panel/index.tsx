import type { ReactNode } from 'react';

/** A panel of the detail page, a landmark region named by its heading. */
export function Panel( {
	id,
	title,
	children,
}: {
	id: string;
	title: string;
	children: ReactNode;
} ) {
	return (
		<section className="wu-panel" aria-labelledby={ id }>
			<h2 id={ id }>{ title }</h2>
			{ children }
		</section>
	);
}

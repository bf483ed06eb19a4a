import { render, screen, within } from '@testing-library/react';
import type { AuditEntry } from '../../admin-ui/src/api/audit';

jest.mock( '../../admin-ui/src/api/audit', () => ( { listAudit: jest.fn() } ) );

import * as auditApi from '../../admin-ui/src/api/audit';
import { ActivityPanel } from '../../admin-ui/src/components/activity';

const audit = auditApi as jest.Mocked< typeof auditApi >;

const entries: AuditEntry[] = [
	{
		id: 9,
		at: '2026-04-01T00:00:00Z',
		actor: null,
		action: 'membership.renewed',
		object_type: 'membership',
		object_id: 3,
		before: { period_end: '2026-04-01T00:00:00Z', version: 2 },
		after: { period_end: '2026-05-01T00:00:00Z', version: 3 },
	},
	{
		id: 4,
		at: '2026-03-11T10:15:00Z',
		actor: { id: 1, username: 'admin' },
		action: 'membership.upgraded',
		object_type: 'membership',
		object_id: 3,
		before: { plan_id: 2, amount: 2900 },
		after: { plan_id: 3, amount: 4900 },
	},
];

describe( 'the Activity panel', () => {
	it( 'lists who changed the object, when and what changed, newest first, the system for jobs', async () => {
		audit.listAudit.mockResolvedValue( {
			items: entries,
			total: 2,
			totalPages: 1,
		} );
		render( <ActivityPanel objectType="membership" objectId={ 3 } /> );
		const upgraded = ( await screen.findByText( 'Upgraded' ) ).closest(
			'tr'
		) as HTMLElement;
		expect( within( upgraded ).getByText( 'admin' ) ).toBeTruthy();
		expect( upgraded.textContent ).toContain( 'plan_id: 2 → 3' );
		expect( upgraded.textContent ).toContain( 'amount: 2900 → 4900' );
		const renewed = screen
			.getByText( 'Renewed' )
			.closest( 'tr' ) as HTMLElement;
		expect( within( renewed ).getByText( 'System' ) ).toBeTruthy();
		// Bookkeeping fields (version) are not listed as changes.
		expect( renewed.textContent ).not.toContain( 'version' );
		expect( audit.listAudit ).toHaveBeenCalledWith(
			expect.objectContaining( {
				object_type: 'membership',
				object_id: 3,
			} )
		);
		const rows = screen.getAllByRole( 'row' ).slice( 1 );
		expect( rows[ 0 ].textContent ).toContain( 'Renewed' );
	} );

	it( 'says when nothing was recorded', async () => {
		audit.listAudit.mockResolvedValue( {
			items: [],
			total: 0,
			totalPages: 0,
		} );
		render( <ActivityPanel objectType="product" objectId={ 7 } /> );
		expect(
			await screen.findByText( 'No changes recorded yet.' )
		).toBeTruthy();
	} );
} );

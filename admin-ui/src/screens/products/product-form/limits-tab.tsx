import {
	Button,
	SelectControl,
	TextControl,
	ToggleControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { LimitValue, WireLimits } from '../../../api/types';
import { FieldError, helpOrError } from './field-error';
import { WholeNumberField } from './whole-number-field';
import type { TabProps } from './types';

const SCALAR_KEYS: ScalarKey[] = [
	'sites',
	'visits',
	'disk_space',
	'users',
	'custom_domains',
];
const POST_TYPES = [ 'post', 'page' ];

import { limitLabel, type LimitKey, type ScalarKey } from './limit-label';

export { limitLabel, type LimitKey };

/** The keys a limits object holds, scalars first, then post types. */
export function presentKeys( limits: WireLimits ): LimitKey[] {
	const scalars = SCALAR_KEYS.filter(
		( key ) => limits[ key ] !== undefined
	);
	const posts = Object.keys( limits.posts ?? {} ).map(
		( type ) => `posts.${ type }` as LimitKey
	);
	return [ ...scalars, ...posts ];
}

function readLimit(
	limits: WireLimits,
	key: LimitKey
): LimitValue | undefined {
	return key.startsWith( 'posts.' )
		? limits.posts?.[ key.slice( 6 ) ]
		: limits[ key as ScalarKey ];
}

/** `limits` with `key` set to `value`, or removed when `value` is undefined. */
export function writeLimit(
	limits: WireLimits,
	key: LimitKey,
	value: LimitValue | undefined
): WireLimits {
	if ( key.startsWith( 'posts.' ) ) {
		const posts = { ...( limits.posts ?? {} ) };
		if ( value === undefined ) {
			delete posts[ key.slice( 6 ) ];
		} else {
			posts[ key.slice( 6 ) ] = value;
		}
		const next: WireLimits = { ...limits, posts };
		if ( Object.keys( posts ).length === 0 ) {
			delete next.posts;
		}
		return next;
	}
	const next = { ...limits };
	if ( value === undefined ) {
		delete next[ key as ScalarKey ];
	} else {
		next[ key as ScalarKey ] = value;
	}
	return next;
}

interface LimitRowProps {
	limitKey: LimitKey;
	value: LimitValue;
	onChange: ( value: LimitValue ) => void;
	onRemove?: () => void;
	error?: string;
}

/** One limit: a number, or "Unlimited" (the number is kept to restore when switched off). */
function LimitRow( {
	limitKey,
	value,
	onChange,
	onRemove,
	error,
}: LimitRowProps ) {
	const [ lastNumber, setLastNumber ] = useState(
		typeof value === 'number' ? value : 0
	);
	const label = limitLabel( limitKey );
	const unlimited = value === 'unlimited';
	return (
		<fieldset className="wu-limit-row">
			<legend>{ label }</legend>
			{ unlimited ? (
				<TextControl
					__next40pxDefaultSize
					type="number"
					label={ label }
					hideLabelFromVision
					value=""
					placeholder={ __( 'Unlimited', 'wu-plan-change' ) }
					disabled
					onChange={ () => undefined }
				/>
			) : (
				<WholeNumberField
					min={ 0 }
					label={ label }
					hideLabelFromVision
					value={ value }
					help={ helpOrError( error ) }
					onChange={ ( number ) => {
						setLastNumber( number );
						onChange( number );
					} }
				/>
			) }
			<ToggleControl
				label={ __( 'Unlimited', 'wu-plan-change' ) }
				checked={ unlimited }
				onChange={ ( on ) => onChange( on ? 'unlimited' : lastNumber ) }
			/>
			{ onRemove && (
				<Button variant="tertiary" isDestructive onClick={ onRemove }>
					{
						/* translators: %s: name of a limit such as "Disk space (MB)" */ sprintf(
							__( 'Remove %s', 'wu-plan-change' ),
							label
						)
					}
				</Button>
			) }
		</fieldset>
	);
}

function AddLimit( {
	missing,
	onAdd,
}: {
	missing: LimitKey[];
	onAdd: ( key: LimitKey ) => void;
} ) {
	const [ choice, setChoice ] = useState< string >( '' );
	if ( missing.length === 0 ) {
		return null;
	}
	const selected = (
		missing.includes( choice as LimitKey ) ? choice : missing[ 0 ]
	) as LimitKey;
	return (
		<div className="wu-inline-fields">
			<SelectControl
				__next40pxDefaultSize
				label={ __( 'Limit to change', 'wu-plan-change' ) }
				value={ selected }
				options={ missing.map( ( key ) => ( {
					value: key,
					label: limitLabel( key ),
				} ) ) }
				onChange={ setChoice }
			/>
			<Button variant="secondary" onClick={ () => onAdd( selected ) }>
				{ __( 'Add limit', 'wu-plan-change' ) }
			</Button>
		</div>
	);
}

/**
 * Each limit with an "Unlimited" toggle. A plan lists every limit; a package only what it changes
 * (added on top of the plan's, RULES L2); a service changes none.
 */
export function LimitsTab( { draft, update, errors }: TabProps ) {
	if ( draft.type === 'service' ) {
		return <p>{ __( 'Services change no limits.', 'wu-plan-change' ) }</p>;
	}
	const isPlan = draft.type === 'plan';
	const allKeys: LimitKey[] = [
		...SCALAR_KEYS,
		...new Set(
			[ ...POST_TYPES, ...Object.keys( draft.limits.posts ?? {} ) ].map(
				( type ) => `posts.${ type }` as LimitKey
			)
		),
	];
	const shown = isPlan ? allKeys : presentKeys( draft.limits );
	const set = ( key: LimitKey, value: LimitValue | undefined ) =>
		update( { limits: writeLimit( draft.limits, key, value ) } );
	return (
		<div className="wu-form-grid wu-limits">
			<p className="description">
				{ isPlan
					? __(
							'What a membership on this plan may use. Sites count per membership; the others per site.',
							'wu-plan-change'
						)
					: __(
							'A package lists only the limits it changes; its numbers are added to the plan’s, and Unlimited wins.',
							'wu-plan-change'
						) }
			</p>
			<FieldError id="wu-limits-error" error={ errors.limits } />
			{ ! isPlan && shown.length === 0 && (
				<p>
					{ __(
						'This package changes no limits yet.',
						'wu-plan-change'
					) }
				</p>
			) }
			{ shown.map( ( key ) => (
				<LimitRow
					key={ key }
					limitKey={ key }
					value={
						readLimit( draft.limits, key ) ??
						( isPlan ? 'unlimited' : 0 )
					}
					onChange={ ( value ) => set( key, value ) }
					onRemove={
						isPlan ? undefined : () => set( key, undefined )
					}
					error={ errors[ `limits.${ key }` ] }
				/>
			) ) }
			{ ! isPlan && (
				<AddLimit
					missing={ allKeys.filter(
						( key ) => ! shown.includes( key )
					) }
					onAdd={ ( key ) => set( key, 0 ) }
				/>
			) }
		</div>
	);
}

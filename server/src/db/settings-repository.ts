import type { Db } from './connection';

interface SettingRow {
	value: string;
}

/** Network settings (RULES C5: the billing currency; the network's name on invoices). */
export class SettingsRepository {
	constructor( private readonly db: Db ) {}

	/** The network's billing currency (ISO 4217), USD unless changed. */
	currency(): string {
		const row = this.db
			.prepare( "SELECT value FROM settings WHERE name = 'currency'" )
			.get() as SettingRow | undefined;
		return row?.value ?? 'USD';
	}

	setCurrency( currency: string ): void {
		this.db
			.prepare(
				"INSERT INTO settings ( name, value ) VALUES ( 'currency', ? ) ON CONFLICT ( name ) DO UPDATE SET value = excluded.value"
			)
			.run( currency );
	}

	/** The network's name as invoices show it (the seller); migration 0012 sets "My Network". */
	networkName(): string {
		const row = this.db
			.prepare( "SELECT value FROM settings WHERE name = 'network_name'" )
			.get() as SettingRow | undefined;
		return row?.value ?? 'My Network';
	}

	setNetworkName( name: string ): void {
		this.db
			.prepare(
				"INSERT INTO settings ( name, value ) VALUES ( 'network_name', ? ) ON CONFLICT ( name ) DO UPDATE SET value = excluded.value"
			)
			.run( name );
	}
}

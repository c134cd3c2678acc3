import { answeredWithin, MetricGroup, type MetricContext, type RawReport, type RawRow } from '@tsunagu/reporting';

/**
 * The KPI kinds a contract's targets may name, each with how its actual is computed for the contract's
 * period from the programme's LINE channels (docs/programmes.md lists them). The actuals are read from
 * the report's own metrics, cut to the programme's channels, so a KPI and the report never disagree.
 */
export enum KpiKind {
  /** Families registered at the period's end (friends of the channels, less those who blocked them). */
  FAMILIES_REGISTERED = 'families_registered',
  /** New registrations (friend-adds) during the period. */
  NEW_REGISTRATIONS = 'new_registrations',
  /** Consultations opened (a family's first conversation) during the period. */
  CONSULTATIONS = 'consultations',
  /** Counsellors' replies sent during the period (automatic answers not counted). */
  REPLIES = 'replies',
  /** The share (%) of families' waits that began in the period and were answered within N minutes. */
  ANSWERED_WITHIN_MINUTES = 'answered_within_minutes',
  /** Referrals sent to partner agencies during the period. */
  REFERRALS = 'referrals',
  /** Broadcasts sent on the programme's channels during the period. */
  BROADCASTS = 'broadcasts',
  /** Food deliveries made (outcome "delivered") in the programme's rounds during the period. */
  DELIVERIES = 'deliveries',
}

export enum KpiUnit {
  COUNT = 'COUNT',
  PERCENT = 'PERCENT',
}

/** An actual: a count, or a rate with the number of observations it stands on (suppressed below k). */
export interface KpiActual {
  value: number;
  /** For a rate: how many observations (waits) it is computed from. */
  basis?: number;
}

interface KpiDefinition {
  labelJa: string;
  labelEn: string;
  unit: KpiUnit;
  /** The report's metric groups its actual is read from; none when the system does not record it yet. */
  groups: MetricGroup[];
  needsMinutes?: boolean;
  /** A stock (registered families at the period's end), rounded when shown as the report rounds it. */
  stock?: boolean;
  /** Null: not recorded yet. */
  actual(raw: RawReport, context: MetricContext, minutes: number | null): Promise<KpiActual | null>;
}

/** The value of a report row over the contract's period (the report's one column). */
function cell(raw: RawReport, table: string, row: string): number {
  const found: RawRow | undefined = raw.tables.find((t) => t.key === table)?.rows.find((r) => r.key === row);
  if (!found) throw new Error(`KPI: the report has no ${table}.${row}`);
  return found.values[0] ?? 0;
}

const count =
  (table: string, row: string) =>
  async (raw: RawReport): Promise<KpiActual> => ({ value: cell(raw, table, row) });

export const KPI_DEFINITIONS: Record<KpiKind, KpiDefinition> = {
  [KpiKind.FAMILIES_REGISTERED]: {
    labelJa: '登録家庭数（期間末）',
    labelEn: 'Families registered (at the period’s end)',
    unit: KpiUnit.COUNT,
    groups: [MetricGroup.REGISTRANTS],
    stock: true,
    actual: count('registrants.total', 'total'),
  },
  [KpiKind.NEW_REGISTRATIONS]: {
    labelJa: '新規登録数',
    labelEn: 'New registrations',
    unit: KpiUnit.COUNT,
    groups: [MetricGroup.REGISTRANTS],
    actual: count('registrants.changes', 'follows'),
  },
  [KpiKind.CONSULTATIONS]: {
    labelJa: '相談件数',
    labelEn: 'Consultations',
    unit: KpiUnit.COUNT,
    groups: [MetricGroup.CONSULTATIONS],
    actual: count('consultations.opened', 'total'),
  },
  [KpiKind.REPLIES]: {
    labelJa: '相談員の返信数',
    labelEn: "Counsellors' replies",
    unit: KpiUnit.COUNT,
    groups: [MetricGroup.CONSULTATIONS],
    actual: count('consultations.messagesSent', 'replies'),
  },
  [KpiKind.ANSWERED_WITHIN_MINUTES]: {
    labelJa: '時間内に応答した割合',
    labelEn: 'Answered within the time',
    unit: KpiUnit.PERCENT,
    groups: [],
    needsMinutes: true,
    async actual(_raw, context, minutes) {
      const { answered, within } = await answeredWithin(context, minutes ?? 0);
      return { value: answered === 0 ? 0 : Math.round((within / answered) * 1000) / 10, basis: answered };
    },
  },
  [KpiKind.REFERRALS]: {
    labelJa: '連携先へのつなぎ件数',
    labelEn: 'Referrals sent',
    unit: KpiUnit.COUNT,
    groups: [MetricGroup.REFERRALS],
    actual: count('referrals.sentByPartner', 'total'),
  },
  [KpiKind.BROADCASTS]: {
    labelJa: 'お知らせ配信数',
    labelEn: 'Broadcasts sent',
    unit: KpiUnit.COUNT,
    groups: [MetricGroup.BROADCASTS],
    actual: count('broadcasts.delivery', 'sent'),
  },
  [KpiKind.DELIVERIES]: {
    labelJa: '宅食の配送数',
    labelEn: 'Food deliveries',
    unit: KpiUnit.COUNT,
    groups: [MetricGroup.FOOD_DELIVERY],
    // A programme that delivers no food has no food-delivery tables: it delivered nothing.
    actual: async (raw) =>
      raw.tables.some((t) => t.key === 'foodDelivery.outcomes')
        ? { value: cell(raw, 'foodDelivery.outcomes', 'delivered') }
        : { value: 0 },
  },
};

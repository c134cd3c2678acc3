import { addTexts } from '../../lib/i18n';

/** The aggregates of a food-delivery programme shown to those who may see figures only. */
const figuresJa = {
  foodFigures: {
    title: '{{name}}の集計',
    lead: '世帯は名前を出さず件数だけを示します。{{k}}件未満の数は「<{{k}}」と表示します。',
    statuses: '世帯の状況',
    status: '状況',
    households: '世帯数',
    rounds: '配送回',
    round: '配送回',
    period: '配送期間',
    capacity: '定員',
    filled: '登録世帯',
    noRounds: '配送回はまだありません。',
    donations: '寄付（事業の開始から）',
    donorKind: '寄付者の種類',
    donors: '寄付者数',
    items: '受け取った品目数',
    kind: { CITIZEN: '市民', COMPANY: '企業', FOOD_BANK: 'フードバンク' },
  },
};

const figuresEn: typeof figuresJa = {
  foodFigures: {
    title: '{{name}}: figures',
    lead: 'Households are counted, never named. Counts under {{k}} show as "<{{k}}".',
    statuses: 'Households by status',
    status: 'Status',
    households: 'Households',
    rounds: 'Rounds',
    round: 'Round',
    period: 'Delivery period',
    capacity: 'Capacity',
    filled: 'Households placed',
    noRounds: 'No rounds yet.',
    donations: 'Donations (since the programme began)',
    donorKind: 'Kind of donor',
    donors: 'Donors',
    items: 'Items received',
    kind: { CITIZEN: 'Citizens', COMPANY: 'Companies', FOOD_BANK: 'Food banks' },
  },
};

addTexts({ ja: figuresJa, en: figuresEn });

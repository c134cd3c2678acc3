import { PartnerLocationType } from '@tsunagu/partners';

/**
 * Kobe's demo directory of referral partners: the kinds of agencies Kobe's counsellors refer
 * families to. Names follow real Kobe institutions; addresses are plausible, phone numbers and
 * e-mail addresses are fictitious (078-000-…, example.jp / example.org).
 */
export interface DemoPartner {
  name: string;
  description: string;
  email: string;
  website: string;
  phone: string;
  service: {
    name: string;
    description: string;
    /** Names of Kobe's service categories (the defaults). */
    categories: string[];
    minimumAge?: number;
    maximumAge?: number;
    eligibilityDescription: string;
    feesDescription: string;
    serviceAreas: string[];
  };
  location:
    | {
        type: PartnerLocationType.PHYSICAL;
        name: string;
        address: { postalCode: string; prefecture: string; city: string; addressLine: string };
      }
    | { type: PartnerLocationType.VIRTUAL; name: string; url: string };
  contact: { name: string; title: string; department: string; email: string };
}

/** The organisation the demo partner user (`partner@kobe.tsunagu.example`) belongs to. */
export const DEMO_PARTNER_USER_ORGANIZATION = '神戸市こども家庭センター';

export const DEMO_PARTNERS: DemoPartner[] = [
  {
    name: DEMO_PARTNER_USER_ORGANIZATION,
    description: '児童相談所。子どもと家庭に関するあらゆる相談に応じ、虐待の通告も受け付けます。',
    email: 'kodomo-center@example.jp',
    website: 'https://kodomo-center.example.jp',
    phone: '078-000-0101',
    service: {
      name: '子ども・家庭相談',
      description: '子育ての悩み、子どもの発達や非行、虐待の心配について、児童福祉司や児童心理司が相談に応じます。',
      categories: ['子育て相談', 'DV・虐待', '障害・発達'],
      minimumAge: 0,
      maximumAge: 17,
      eligibilityDescription: '神戸市内に住む18歳未満の子どもとその家族',
      feesDescription: '無料',
      serviceAreas: ['神戸市'],
    },
    location: {
      type: PartnerLocationType.PHYSICAL,
      name: 'こども家庭センター（本所）',
      address: { postalCode: '650-0044', prefecture: '兵庫県', city: '神戸市中央区', addressLine: '東川崎町1-3-1' },
    },
    contact: {
      name: '相談受付担当',
      title: '児童福祉司',
      department: '相談課',
      email: 'soudan@kodomo-center.example.jp',
    },
  },
  {
    name: '中央区保健センター',
    description: '区役所の保健センター。妊娠・出産から乳幼児の健康まで、保健師が相談に応じます。',
    email: 'chuo-hoken@example.jp',
    website: 'https://chuo-hoken.example.jp',
    phone: '078-000-0202',
    service: {
      name: '乳幼児健診・育児相談',
      description: '乳幼児健康診査、保健師による育児相談と家庭訪問。',
      categories: ['医療・保健', '子育て相談'],
      minimumAge: 0,
      maximumAge: 6,
      eligibilityDescription: '中央区に住む妊婦と未就学児の保護者',
      feesDescription: '無料',
      serviceAreas: ['中央区'],
    },
    location: {
      type: PartnerLocationType.PHYSICAL,
      name: '中央区役所 保健センター',
      address: { postalCode: '651-8570', prefecture: '兵庫県', city: '神戸市中央区', addressLine: '雲井通5-1-1' },
    },
    contact: {
      name: '地域保健担当',
      title: '保健師',
      department: 'こども家庭支援課',
      email: 'hokenshi@chuo-hoken.example.jp',
    },
  },
  {
    name: 'フードバンク関西',
    description: 'まだ食べられる食品を企業や家庭から受け取り、支援が必要な家庭や施設に届けるNPO法人。',
    email: 'info@foodbank-kansai.example.org',
    website: 'https://foodbank-kansai.example.org',
    phone: '078-000-0303',
    service: {
      name: '緊急食品支援',
      description: '生活に困っている世帯に、食品の詰め合わせを無償で届けます。',
      categories: ['食支援', '生活困窮'],
      eligibilityDescription: '食べることに困っている世帯（相談機関からの紹介）',
      feesDescription: '無料',
      serviceAreas: ['神戸市'],
    },
    location: {
      type: PartnerLocationType.PHYSICAL,
      name: '東灘倉庫',
      address: { postalCode: '658-0000', prefecture: '兵庫県', city: '神戸市東灘区', addressLine: '深江浜町1-1' },
    },
    contact: {
      name: '支援窓口',
      title: 'コーディネーター',
      department: '事務局',
      email: 'shien@foodbank-kansai.example.org',
    },
  },
  {
    name: 'こうべ子ども食堂ネットワーク',
    description: '市内の子ども食堂をつなぎ、運営を支えるNPO。近くの子ども食堂を紹介します。',
    email: 'hello@kodomo-shokudo.example.org',
    website: 'https://kodomo-shokudo.example.org',
    phone: '078-000-0404',
    service: {
      name: '子ども食堂の紹介',
      description: '子どもが一人でも安心して来られる食堂を、住まいの近くで紹介します。',
      categories: ['食支援', '子育て相談'],
      minimumAge: 0,
      maximumAge: 18,
      eligibilityDescription: '子どもとその保護者（どなたでも）',
      feesDescription: '子ども無料、大人300円程度（食堂により異なる）',
      serviceAreas: ['長田区', '兵庫区', '須磨区'],
    },
    location: {
      type: PartnerLocationType.PHYSICAL,
      name: 'ネットワーク事務所',
      address: { postalCode: '653-0000', prefecture: '兵庫県', city: '神戸市長田区', addressLine: '若松町1-1' },
    },
    contact: { name: '紹介窓口', title: '事務局長', department: '事務局', email: 'shokai@kodomo-shokudo.example.org' },
  },
  {
    name: '神戸市ひとり親家庭支援センター',
    description: '母子・父子家庭の暮らしと仕事を支える相談窓口。',
    email: 'hitorioya@example.jp',
    website: 'https://hitorioya.example.jp',
    phone: '078-000-0505',
    service: {
      name: '母子・父子自立支援（就業相談）',
      description: '就業相談、資格取得の支援、養育費や生活の相談。オンライン面談もできます。',
      categories: ['生活困窮', '子育て相談'],
      eligibilityDescription: '神戸市内のひとり親家庭と寡婦',
      feesDescription: '無料',
      serviceAreas: ['神戸市'],
    },
    location: { type: PartnerLocationType.VIRTUAL, name: 'オンライン相談', url: 'https://hitorioya.example.jp/online' },
    contact: {
      name: '自立支援員',
      title: '母子・父子自立支援員',
      department: '相談室',
      email: 'jiritsu@hitorioya.example.jp',
    },
  },
];

import { Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { TenantRole } from '@tsunagu/platform/permissions';
import { IsLocalGovernmentCode, IsTimeZone } from '../local-government-code';

/** The 47 prefectures, as they are written in Japanese. */
export const PREFECTURES = [
  '北海道',
  '青森県',
  '岩手県',
  '宮城県',
  '秋田県',
  '山形県',
  '福島県',
  '茨城県',
  '栃木県',
  '群馬県',
  '埼玉県',
  '千葉県',
  '東京都',
  '神奈川県',
  '新潟県',
  '富山県',
  '石川県',
  '福井県',
  '山梨県',
  '長野県',
  '岐阜県',
  '静岡県',
  '愛知県',
  '三重県',
  '滋賀県',
  '京都府',
  '大阪府',
  '兵庫県',
  '奈良県',
  '和歌山県',
  '鳥取県',
  '島根県',
  '岡山県',
  '広島県',
  '山口県',
  '徳島県',
  '香川県',
  '愛媛県',
  '高知県',
  '福岡県',
  '佐賀県',
  '長崎県',
  '熊本県',
  '大分県',
  '宮崎県',
  '鹿児島県',
  '沖縄県',
] as const;

/** Settings left out are unchanged; an explicit null is refused like any other invalid value. */
const isPresent = (_: object, value: unknown): boolean => value !== undefined;

export const SLUG_PATTERN = /^[a-z][a-z0-9-]{1,38}[a-z0-9]$/;

@InputType()
export class CreateTenantInput {
  @Field({ description: 'Lower-case letters, digits and hyphens, 3 to 40 characters; used in X-Tenant' })
  @IsString()
  @Matches(SLUG_PATTERN, {
    message: 'slug must be 3 to 40 lower-case letters, digits or hyphens, starting with a letter',
  })
  slug!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  nameJa!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  nameEn!: string;

  @Field()
  @IsLocalGovernmentCode()
  localGovernmentCode!: string;

  @Field()
  @IsIn(PREFECTURES, { message: 'prefecture must be one of the 47 prefectures, written in Japanese (e.g. 兵庫県)' })
  prefecture!: string;

  @Field({ nullable: true, description: 'IANA time zone; default Asia/Tokyo' })
  @IsOptional()
  @IsTimeZone()
  timezone?: string;

  @Field(() => Int, { nullable: true, description: 'Month the fiscal year starts (1–12); default 4 (April)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  fiscalYearStartMonth?: number;
}

@InputType()
export class UpdateTenantSettingsInput {
  @Field({ nullable: true })
  @ValidateIf(isPresent)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  nameJa?: string;

  @Field({ nullable: true })
  @ValidateIf(isPresent)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  nameEn?: string;

  @Field({ nullable: true })
  @ValidateIf(isPresent)
  @IsIn(PREFECTURES, { message: 'prefecture must be one of the 47 prefectures, written in Japanese (e.g. 兵庫県)' })
  prefecture?: string;

  @Field({ nullable: true })
  @ValidateIf(isPresent)
  @IsTimeZone()
  timezone?: string;

  @Field(() => Int, { nullable: true })
  @ValidateIf(isPresent)
  @IsInt()
  @Min(1)
  @Max(12)
  fiscalYearStartMonth?: number;

  @Field(() => [TenantRole], { nullable: true, description: 'Tenant roles whose holders must sign in with MFA' })
  @ValidateIf(isPresent)
  @ArrayMaxSize(5)
  @IsEnum(TenantRole, { each: true })
  mfaRequiredRoles?: TenantRole[];
}

@InputType()
export class ActivateTenantInput {
  @Field()
  @IsString()
  @Matches(SLUG_PATTERN, { message: 'slug is not a valid tenant slug' })
  slug!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why the tenant goes live before its onboarding checklist is complete (audited); needed only then',
  })
  @IsOptional()
  @IsString()
  @MinLength(20)
  @MaxLength(1000)
  reason?: string | null;
}

export { AudienceService } from './audience.service';
export { AudienceModule } from './audience.module';
export {
  SegmentInput,
  SegmentGroupInput,
  SegmentConditionInput,
  SegmentModel,
  SegmentGroupModel,
  SegmentConditionModel,
  SegmentMatch,
  SegmentConditionKind,
} from './segment.models';
export { AttributeKind, AUDIENCE_ENTITIES } from './audience.entities';
export { SURVEY_POSTBACK } from './survey';

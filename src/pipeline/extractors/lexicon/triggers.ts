import type { RelationType } from '../../../domain';

/**
 * Trigger words of relations, read in the clause that holds both ends. The source (an institution
 * or person) acts; the target is the collaboration. First match wins, so the more specific come
 * first (`联合主办` is co-organising, not organising).
 */
export const TRIGGERS: Array<[RelationType, RegExp]> = [
  ['witness', /见证|\bwitness(?:ed|es|ing)?\b/i],
  ['signatory', /签署|签订|签约|签下|\bsign(?:ed|s|ing)?\b/i],
  [
    'member',
    /加入|入盟|成员单位|会员单位|理事单位|成为.{0,6}成员|\bjoin(?:ed|s|ing)?\b|\bmembers?\b/i,
  ],
  [
    'founder',
    /发起|牵头|创办|创建|组建|倡议成立|\bfounded by\b|\binitiated by\b|\bestablished by\b/i,
  ],
  [
    'co-organiser',
    /承办|协办|联合主办|共同主办|\bco-organi[sz]ed\b|\bco-sponsored\b|\bco-hosted\b|\bundert(?:ook|aken)\b/i,
  ],
  ['organiser', /主办|\borgani[sz]ed by\b|\bhosted by\b|\bsponsored by\b/i],
  ['guide', /指导|支持|\bguided by\b|\bguidance\b|\bsupported by\b/i],
  ['operator', /运营|运行管理|托管|\boperat(?:ed|es|ing|ion)\b/i],
  ['launched', /揭牌|启动|授牌|开通|启用|\bunveil(?:ed|s|ing)?\b|\blaunch(?:ed|es|ing)?\b/i],
  ['located-in', /落户|入驻|位于|\blocated in\b/i],
];

/** Words of founding, signing or launching: the sentence that dates a collaboration. */
export const ESTABLISHED =
  /成立|组建|签署|签订|签约|揭牌|启动|升级|创建|设立|挂牌|\bfounded\b|\bestablished\b|\bsigned\b|\blaunched\b|\bunveiled\b/i;

/** Joint building (`共建`, `联合建设`): a centre or lab so described is a collaboration. */
export const JOINTLY_BUILT = /共建|联合建设|合作建设|联合打造|\bjointly (?:built|established)\b/i;

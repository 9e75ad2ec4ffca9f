// shop/alerts: one alert rule per file, id = alert type = file name (CONTRACTS.md §2), table test
// beside it. This is the registry, sorted by id; conventions.test.ts checks every file is here.
import adProfitNegative from './ad-profit-negative';
import adRoiBelowBreakEven from './ad-roi-below-break-even';
import conversionDrop from './conversion-drop';
import disputeSla from './dispute-sla';
import influencerRoiLow from './influencer-roi-low';
import logisticsStalled from './logistics-stalled';
import orderAbnormal from './order-abnormal';
import orderShipDeadline from './order-ship-deadline';
import orderUnpaid from './order-unpaid';
import paidTrafficShareHigh from './paid-traffic-share-high';
import refundRateHigh from './refund-rate-high';
import refundSla from './refund-sla';
import repurchaseLow from './repurchase-low';
import sellThroughLow from './sell-through-low';
import slowMover from './slow-mover';
import stockBelowSafety from './stock-below-safety';
import stockOut from './stock-out';
import trafficDrop from './traffic-drop';
import turnoverDaysHigh from './turnover-days-high';

export const alertRules = [
  adProfitNegative,
  adRoiBelowBreakEven,
  conversionDrop,
  disputeSla,
  influencerRoiLow,
  logisticsStalled,
  orderAbnormal,
  orderShipDeadline,
  orderUnpaid,
  paidTrafficShareHigh,
  refundRateHigh,
  refundSla,
  repurchaseLow,
  sellThroughLow,
  slowMover,
  stockBelowSafety,
  stockOut,
  trafficDrop,
  turnoverDaysHigh,
] as const;

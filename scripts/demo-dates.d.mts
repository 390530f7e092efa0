export declare const DEMO_AS_OF: number;
export declare const AE_2026_AS_OF: number;
export declare function demoShiftDays(now?: number, asOf?: number): number;
export declare function shiftDates(html: string, days: number): string;
export declare function servedIso(wall: string, zone: string, now?: number, asOf?: number): string;

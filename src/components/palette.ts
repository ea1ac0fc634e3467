/**
 * Okabe–Ito colours: distinguishable with the common forms of colour blindness.
 * Charts pick series colours from here in order.
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'] as const;

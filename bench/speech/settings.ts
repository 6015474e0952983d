/**
 * pocketsphinx settings the speech bench compares on both sets, each a full set of flags over
 * pocketsphinx 5prealpha's own defaults. Generic search and front-end settings only: nothing here
 * is derived from the bench's transcripts (no language model or dictionary built from them).
 *
 * Also tried once (WER synthetic / real; defaults 0.652 / 0.430), left out of every run to keep it
 * short: -lw 8 0.672 / 0.473; -lw 10 0.757 / 0.742; -wip 0.2 0.632 / 0.441; -dither yes
 * 0.674 / 0.419; -cmn batch, -vad_threshold 1.5, -wbeam 1e-40 alone and
 * -beam 1e-55 -pbeam 1e-55 -wbeam 1e-35 no change; -vad_threshold 3.0 0.667 / 0.430;
 * -remove_silence no 0.663 / 0.473; -topn 2 -maxhmmpf 3000 0.708 / 0.452;
 * -fwdflat no -bestpath no 0.728 / 0.473; -beam 1e-60 -pbeam 1e-60 0.652 / 0.376;
 * the wide beams with -pl_window 10 0.647 / 0.387; -ds 2 (faster) 0.723 / 0.462.
 */
export const TRIED_SETTINGS: readonly (readonly string[])[] = [
  [],
  // Wider beams (defaults 1e-48, 7e-29, 1e-48), then with word exits capped: the chosen default.
  ['-beam', '1e-60', '-wbeam', '1e-40', '-pbeam', '1e-60'],
  ['-beam', '1e-60', '-wbeam', '1e-40', '-pbeam', '1e-60', '-maxwpf', '20'],
  // Better on real speech, worse on the synthetic voices.
  ['-lw', '5'],
  ['-remove_noise', 'no'],
];

// The parts of HarfBuzz the PDF writer uses: opening a face of a font collection, reading its
// names, cmap and advances, and hb-subset to cut the embedded font down to the glyphs a
// document uses. Include paths come from pkg-config (harfbuzz-subset).
#ifndef CHARFBUZZ_SHIM_H
#define CHARFBUZZ_SHIM_H

#include <hb.h>
#include <hb-ot.h>
#include <hb-subset.h>

#endif

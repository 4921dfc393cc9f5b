// The parts of libxml2 BeianKit uses: parsing rendered form markup, loading the form DTD and
// validating against it, with structured error reports. Include paths come from pkg-config
// (libxml-2.0), so this header names the headers the way libxml2 installs them.
#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>

// Debian builds libxml2 with ICU, so encoding.h pulls in the system's <unicode/ucnv.h>, whose
// UErrorCode clashes with the ICU copy inside Foundation (_FoundationICU) in any Swift file that
// imports both. Only the private fields of xmlCharEncodingHandler depend on this macro, and
// BeianKit never touches that struct (it sees encoders only through pointers), so hiding ICU
// from the headers changes no layout BeianKit uses.
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/valid.h>
#include <libxml/xmlerror.h>
#include <libxml/globals.h>

#endif

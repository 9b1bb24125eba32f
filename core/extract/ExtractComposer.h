#pragma once

#include "extract/ExtractDocument.h"
#include "extract/ExtractFacts.h"

namespace dsar {

// What the register extract says (GDPR Art. 15(1)(a)-(h), 15(2), 15(3); LEGAL.md section 3), in the subject's
// language: the confirmation, each processing with its purposes, legal bases, categories, named recipients,
// retention, sources, automated decisions and transfers; the copy of the data per system and category; what is
// withheld or redacted and why; the subject's rights and where to complain.
class ExtractComposer
{
public:
    static ExtractDocument compose(const ExtractFacts& facts);
};

} // namespace dsar

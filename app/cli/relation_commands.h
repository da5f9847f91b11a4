#pragma once

#include "commands.h"

namespace codeboom::cli {

// Axial and selective coding: relations and their types, phases, the core category and its
// story line, and the analyses over them (integration check, cycles, paradigm model,
// saturation curve, network picture).
int cmdRelationAdd(Invocation& inv);
int cmdRelations(Invocation& inv);
int cmdRelationRemove(Invocation& inv);
int cmdRelationEdit(Invocation& inv);
int cmdRelationTypes(Invocation& inv);
int cmdRelationTypeAdd(Invocation& inv);
int cmdPhaseSet(Invocation& inv);
int cmdStatusSet(Invocation& inv);
int cmdCoreSet(Invocation& inv);
int cmdStoryline(Invocation& inv);
int cmdIntegration(Invocation& inv);
int cmdCycles(Invocation& inv);
int cmdParadigm(Invocation& inv);
int cmdSaturation(Invocation& inv);
int cmdNetwork(Invocation& inv);

} // namespace codeboom::cli

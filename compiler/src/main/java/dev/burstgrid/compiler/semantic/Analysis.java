package dev.burstgrid.compiler.semantic;

import java.util.List;
import java.util.Map;

/**
 * A bound grid with every reference checked: for each declaration, the references its
 * expressions make (its dependencies), and for each step the resources its {@code uses} name.
 */
public record Analysis(
    GridModel model,
    Map<StepDecl, List<Ref>> stepRefs,
    Map<ResourceDecl, List<Ref>> resourceRefs,
    Map<LocalDecl, List<Ref>> localRefs,
    Map<OutputDecl, List<Ref>> outputRefs,
    Map<StepDecl, Map<String, ResourceDecl>> uses) {}

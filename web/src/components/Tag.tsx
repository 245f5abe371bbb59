import { label, milestoneStateColours, milestoneStateLabels, ragColours, ragLabels, stageColours, stageLabels } from '../labels';

/** A GOV.UK tag; `colour` is a govuk-tag--* modifier. */
export function Tag({ text, colour }: { text: string; colour?: string | undefined }) {
  return <strong className={colour ? `govuk-tag ${colour}` : 'govuk-tag'}>{text}</strong>;
}

export function StageTag({ stage }: { stage: string }) {
  return <Tag text={label(stageLabels, stage)} colour={(stageColours as Record<string, string>)[stage]} />;
}

export function RagTag({ rag }: { rag: string }) {
  return <Tag text={label(ragLabels, rag)} colour={(ragColours as Record<string, string>)[rag]} />;
}

export function MilestoneStateTag({ state }: { state: string }) {
  return (
    <Tag text={label(milestoneStateLabels, state)} colour={(milestoneStateColours as Record<string, string>)[state]} />
  );
}

/** What Gut Check is not: shown on the options page and the guide. */
export function Disclaimer() {
  return (
    <aside id="disclaimer" class="disclaimer" aria-label="Disclaimer">
      <p>
        <strong>Gut Check informs; it never diagnoses or gives treatment advice.</strong> It rates how well published
        research supports a claim, not what is right for you. For symptoms or treatment decisions, talk to a doctor,
        pharmacist or registered dietitian.
      </p>
    </aside>
  );
}

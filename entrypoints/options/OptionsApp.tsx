// PLACEHOLDER: the options issue builds site rules, subjects and data controls.
export function OptionsApp() {
  return (
    <main>
      <h1>Not Dead Yet — Options</h1>
    </main>
  );
}

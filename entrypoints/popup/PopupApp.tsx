// PLACEHOLDER: the popup issue builds the tally view.
export function PopupApp() {
  return (
    <main>
      <h1>Not Dead Yet</h1>
      <p>Community management has been declared dead 5 times since 2011.</p>
    </main>
  );
}

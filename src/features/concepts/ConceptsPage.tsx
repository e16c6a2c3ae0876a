export default function ConceptsPage() {
  return <h1>ConceptsPage</h1>;
}

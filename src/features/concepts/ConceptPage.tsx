export default function ConceptPage() {
  return <h1>ConceptPage</h1>;
}

/** A plain Chinese error message (text only: page content is never rendered as HTML). */
export function ErrorNote({ message }: { message: string }) {
  return (
    <p role="alert" className="error">
      {message}
    </p>
  );
}

import { useEvidenceUrl } from '@/lib/hooks/use-findings';

/** A screenshot from the evidence table (object URL revoked on unmount). */
export function Thumbnail({ evidenceId, full = false, alt }: { evidenceId: string | null | undefined; full?: boolean; alt: string }) {
  const url = useEvidenceUrl(evidenceId, full ? 'full' : 'thumbnail');
  if (!url) return full ? null : <span className="thumb-empty" />;
  return <img src={url} alt={alt} data-testid={full ? 'evidence-full' : 'evidence-thumb'} style={full ? { maxWidth: '100%', border: '1px solid #ddd' } : { width: 64, height: 40, objectFit: 'cover' }} />;
}

import { useRef, useState } from 'react';
import { downloadBlob } from '../shared/download';
import { frameHash, type Controls } from './controls';
import { FRAME_HEIGHT } from './frameSize';

/**
 * One state in an iframe at its true CSS width, scaled down to fit the stage
 * (the scale is shown). The iframe is its own page, so a dialog the state
 * opens stays inside it and the gallery's controls stay usable.
 */
export function DeviceFrame({
  id,
  title,
  controls,
  available,
}: {
  id: string;
  title: string;
  controls: Controls;
  /** The width the stage can give this frame, in CSS pixels. */
  available: number;
}) {
  const { width, theme } = controls;
  const scale = Math.min(1, available / width);
  const [status, setStatus] = useState('');
  const frame = useRef<HTMLIFrameElement>(null);
  const label = `${title}, ${theme}, ${width} px`;
  const name = `${id}--${theme}--${width}.png`;

  const downloadPng = async () => {
    const capture = frame.current?.contentWindow?.parleyCapture;
    if (!capture) return setStatus('The frame is still loading: try again in a moment.');
    setStatus('Drawing the image…');
    try {
      downloadBlob(name, await capture());
      setStatus(`Saved ${name}.`);
    } catch (e) {
      setStatus(`The image could not be drawn: ${String(e)}`);
    }
  };

  return (
    <figure className="device" style={{ width: Math.floor(width * scale) }}>
      <figcaption>
        <span className="device-label">
          {theme === 'dark' ? 'Dark' : 'Light'} · {width} px
          {scale < 1 && <> · shown at {Math.round(scale * 100)}%</>}
        </span>
        <button type="button" className="text-button" onClick={() => void downloadPng()}>
          Download PNG<span className="visually-hidden"> of {label}</span>
        </button>
        <span role="status" className="device-status">
          {status}
        </span>
      </figcaption>
      <div
        className="device-viewport"
        style={{ width: Math.floor(width * scale), height: Math.floor(FRAME_HEIGHT * scale) }}
      >
        <iframe
          ref={frame}
          className="device-iframe"
          title={label}
          src={`${window.location.pathname}${window.location.search}${frameHash(id, controls)}`}
          width={width}
          height={FRAME_HEIGHT}
          style={{ transform: `scale(${scale})` }}
        />
      </div>
    </figure>
  );
}

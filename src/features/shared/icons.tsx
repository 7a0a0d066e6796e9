/** Inline icons: no icon font or emoji font needed, hidden from screen readers (buttons carry the name). */
const paths = {
  up: 'M7 10v11H3V10h4zm2 11h9.2a2 2 0 0 0 2-1.6l1.3-7A2 2 0 0 0 19.5 10H14l.9-4.4a1.5 1.5 0 0 0-.4-1.4L13.4 3 8.5 8.6A2 2 0 0 0 9 10z',
  down: 'M17 14V3h4v11h-4zm-2-11H5.8a2 2 0 0 0-2 1.6l-1.3 7A2 2 0 0 0 4.5 14H10l-.9 4.4a1.5 1.5 0 0 0 .4 1.4l1.1 1.2 4.9-5.6A2 2 0 0 0 15 14z',
  edit: 'M4 17.3V20h2.7l8-8-2.7-2.7-8 8zM19.7 7a1 1 0 0 0 0-1.4L18.4 4.3a1 1 0 0 0-1.4 0l-1.3 1.3L18.4 8.3z',
  trash: 'M6 7h12l-1 13H7L6 7zm3-4h6l1 2h4v2H4V5h4l1-2z',
  menu: 'M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z',
} as const;

export function Icon({ name }: { name: keyof typeof paths }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
      fill="currentColor"
    >
      <path d={paths[name]} />
    </svg>
  );
}

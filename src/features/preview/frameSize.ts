/** Every frame is this tall in CSS pixels, whatever its width (a laptop screen's worth). */
export const FRAME_HEIGHT = 720;

// F4 anywhere on the desk: go to the work-order page AND open the new-order form. The page's own
// handler (registered while it is mounted, so it wins) opens the form at once; from any other page
// this standing handler notes the wish and navigates, and the page opens the form when it mounts.
import { registerHotkey } from '../../hotkeys';
import { useNav } from '../../../stores/nav';

let pending = false;

registerHotkey('workorders.new', () => {
  pending = true;
  useNav.getState().go('workorders');
});

/** True once after F4 was pressed on another page. */
export function takePendingNewOrder(): boolean {
  const was = pending;
  pending = false;
  return was;
}

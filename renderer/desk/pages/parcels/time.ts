import dayjs from 'dayjs';

/** Desk times in the desk's local time, to the minute. */
export const formatTime = (ms: number) => dayjs(ms).format('MM-DD HH:mm');

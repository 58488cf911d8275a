import { startLook } from './look.ts';

startLook();

// The comments panel of the draft view; importing this module registers it.
import { registerDraftPanel } from '../draft/panel-slot.ts';
import { createReviewPanel } from './panel.ts';
import './review.css';

registerDraftPanel(createReviewPanel);

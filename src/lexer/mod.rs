//! Tokens and the layout pass. (Placeholder until the front end lands.)

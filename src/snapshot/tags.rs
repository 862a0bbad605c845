//! The tags of the snapshot format, shared by the writer and the reader.

// Inline values.
pub const V_NONE: u8 = 0;
pub const V_TRUE: u8 = 1;
pub const V_FALSE: u8 = 2;
pub const V_INT: u8 = 3;
pub const V_FLOAT: u8 = 4;
pub const V_NOTIMPL: u8 = 5;
pub const V_ELLIPSIS: u8 = 6;
pub const V_NULL: u8 = 7;
pub const V_REF: u8 = 8;

// Object entries.
pub const O_KNOWN: u8 = 1;
pub const O_KNOWN_DICT: u8 = 2;
pub const O_KNOWN_LIST: u8 = 3;
pub const O_STR: u8 = 4;
pub const O_BYTES: u8 = 5;
pub const O_BIGINT: u8 = 6;
pub const O_TUPLE: u8 = 7;
pub const O_LIST: u8 = 8;
pub const O_DICT: u8 = 9;
pub const O_SET: u8 = 10;
pub const O_FROZENSET: u8 = 11;
pub const O_RANGE: u8 = 12;
pub const O_SLICE: u8 = 13;
pub const O_FUNCTION: u8 = 14;
pub const O_BOUND: u8 = 15;
pub const O_CLASS: u8 = 16;
pub const O_INSTANCE: u8 = 17;
pub const O_EXCEPTION: u8 = 18;
pub const O_MODULE: u8 = 19;
pub const O_GEN: u8 = 20;
pub const O_ITER: u8 = 21;
pub const O_CELL: u8 = 22;
pub const O_CODE: u8 = 23;
pub const O_NATIVE: u8 = 24;
pub const O_COMPLEX: u8 = 25;

// Native payloads.
pub const N_PROPERTY: u8 = 1;
pub const N_STATICMETHOD: u8 = 2;
pub const N_CLASSMETHOD: u8 = 3;
pub const N_SUPER: u8 = 4;
pub const N_SLOTS: u8 = 5;
pub const N_DICTVIEW: u8 = 6;
pub const N_TRACEBACK: u8 = 7;
pub const N_STDSTREAM: u8 = 8;
pub const N_AGAWAITABLE: u8 = 9;
pub const N_ANEXTDEFAULT: u8 = 10;
pub const N_COROWRAPPER: u8 = 11;
pub const N_FUTURE: u8 = 12;
pub const N_LOOP: u8 = 13;
pub const N_HANDLE: u8 = 14;
pub const N_SLEEP0: u8 = 15;
pub const N_DEQUE: u8 = 16;
pub const N_RANDOM: u8 = 17;
pub const N_DEQUEITER: u8 = 18;
pub const N_HOST: u8 = 19;
pub const N_BYTEARRAY: u8 = 20;
pub const N_ARRAY: u8 = 21;
pub const N_MEMBER: u8 = 22;

// Iterator states.
pub const I_LIST: u8 = 1;
pub const I_LISTREV: u8 = 2;
pub const I_TUPLE: u8 = 3;
pub const I_RANGE: u8 = 4;
pub const I_STR: u8 = 5;
pub const I_BYTES: u8 = 6;
pub const I_DICT: u8 = 7;
pub const I_DICTREV: u8 = 8;
pub const I_SET: u8 = 9;
pub const I_ENUMERATE: u8 = 10;
pub const I_ZIP: u8 = 11;
pub const I_MAP: u8 = 12;
pub const I_FILTER: u8 = 13;
pub const I_SEQREV: u8 = 14;
pub const I_SEQ: u8 = 15;
pub const I_CALLABLE: u8 = 16;
pub const I_EXHAUSTED: u8 = 17;

// Frame resume kinds.
pub const R_NATIVE: u8 = 0;
pub const R_CALL: u8 = 1;
pub const R_INIT: u8 = 2;
pub const R_FORITER: u8 = 3;
pub const R_SEND: u8 = 4;
pub const R_CALLGEN: u8 = 5;
pub const R_SENDCLOSE: u8 = 6;

// Set slots.
pub const S_EMPTY: u8 = 0;
pub const S_DUMMY: u8 = 1;
pub const S_ACTIVE: u8 = 2;

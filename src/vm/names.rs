//! Interned names the VM looks up on hot paths (dunder methods and the
//! like), so those lookups hash nothing and compare pointers.

use std::rc::Rc;

use crate::objects::str::Interner;
use crate::objects::StrObj;

macro_rules! names {
    ($($field:ident = $text:literal),* $(,)?) => {
        pub struct Names {
            $(pub $field: Rc<StrObj>,)*
        }

        impl Names {
            pub fn new(i: &mut Interner) -> Names {
                Names {
                    $($field: i.intern($text),)*
                }
            }
        }
    };
}

names! {
    init = "__init__",
    new = "__new__",
    repr = "__repr__",
    str = "__str__",
    hash = "__hash__",
    eq = "__eq__",
    ne = "__ne__",
    bool = "__bool__",
    len = "__len__",
    iter = "__iter__",
    next = "__next__",
    getitem = "__getitem__",
    setitem = "__setitem__",
    delitem = "__delitem__",
    contains = "__contains__",
    call = "__call__",
    getattr = "__getattr__",
    getattribute = "__getattribute__",
    setattr = "__setattr__",
    delattr = "__delattr__",
    get = "__get__",
    set = "__set__",
    delete = "__delete__",
    enter = "__enter__",
    exit = "__exit__",
    aenter = "__aenter__",
    aexit = "__aexit__",
    aiter = "__aiter__",
    anext = "__anext__",
    await_ = "__await__",
    format = "__format__",
    index = "__index__",
    int = "__int__",
    float = "__float__",
    neg = "__neg__",
    pos = "__pos__",
    invert = "__invert__",
    abs = "__abs__",
    round = "__round__",
    reversed = "__reversed__",
    class = "__class__",
    dict = "__dict__",
    name = "__name__",
    qualname = "__qualname__",
    module = "__module__",
    doc = "__doc__",
    builtins = "__builtins__",
    all = "__all__",
    file = "__file__",
    path = "__path__",
    package = "__package__",
    spec = "__spec__",
    classcell = "__classcell__",
    annotations = "__annotations__",
    init_subclass = "__init_subclass__",
    set_name = "__set_name__",
    class_getitem = "__class_getitem__",
    mro_entries = "__mro_entries__",
    prepare = "__prepare__",
    instancecheck = "__instancecheck__",
    subclasscheck = "__subclasscheck__",
    missing = "__missing__",
    del = "__del__",
    send = "send",
    throw = "throw",
    close = "close",
    args = "args",
    value = "value",
    underscore = "_",
    asyncio_future_blocking = "_asyncio_future_blocking",
    contextvars = "contextvars",
    current_context = "_current",
}

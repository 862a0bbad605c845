//! The built-in type objects, made once per VM.

use std::rc::Rc;

use crate::objects::class::{new_class, Layout};
use crate::objects::str::Interner;
use crate::objects::{ClassObj, DictObj};

macro_rules! types_struct {
    ($($field:ident),* $(,)?) => {
        pub struct Types {
            $(pub $field: Rc<ClassObj>,)*
            /// Every exception class, in creation order, for the builtins module.
            pub exceptions: Vec<Rc<ClassObj>>,
            /// Classes of the built-in iterator kinds, by type name.
            pub iterators: std::cell::RefCell<std::collections::HashMap<&'static str, Rc<ClassObj>>>,
        }

        impl Types {
            /// Every fixed built-in class with its field name.
            pub fn named(&self) -> Vec<(&'static str, Rc<ClassObj>)> {
                vec![$((stringify!($field), self.$field.clone()),)*]
            }
        }
    };
}

types_struct! {
    object, type_, none_type, not_implemented_type, ellipsis_type,
    bool, int, float, complex, str, bytes, bytearray, memoryview, tuple, list, dict, set, frozenset, range, slice,
    function, builtin_function, method, module, generator, coroutine, async_generator,
    cell, code, property, staticmethod, classmethod, super_, null, member_descriptor,
    base_exception, exception, type_error, value_error, index_error, key_error,
    attribute_error, name_error, unbound_local_error, runtime_error, recursion_error,
    not_implemented_error, zero_division_error, overflow_error, stop_iteration,
    stop_async_iteration, generator_exit, keyboard_interrupt, system_exit,
    assertion_error, import_error, module_not_found_error, lookup_error,
    arithmetic_error, os_error, timeout_error, permission_error, file_not_found_error,
    syntax_error, memory_error, unicode_decode_error, base_exception_group, exception_group,
    runtime_warning, deprecation_warning,
}

fn class(i: &mut Interner, name: &str, bases: &[&Rc<ClassObj>], layout: Layout) -> Rc<ClassObj> {
    let bases: Vec<Rc<ClassObj>> = bases.iter().map(|b| (*b).clone()).collect();
    match new_class(i.intern(name), bases, Rc::new(DictObj::new()), layout, true) {
        Ok(c) => c,
        // The built-in hierarchy is fixed and consistent.
        Err(e) => unreachable!("built-in class {}: {}", name, e),
    }
}

impl Types {
    pub fn new(i: &mut Interner) -> Types {
        let object = class(i, "object", &[], Layout::Object);
        let o = &object;
        let type_ = class(i, "type", &[o], Layout::Type);
        let int = class(i, "int", &[o], Layout::Int);
        let bool_ = class(i, "bool", &[&int], Layout::Bool);
        let other = |i: &mut Interner, n: &str| class(i, n, &[o], Layout::Other);
        let base_exception = class(i, "BaseException", &[o], Layout::Exception);
        let mut exceptions = vec![base_exception.clone()];
        let mut exc = |i: &mut Interner, name: &str, bases: &[&Rc<ClassObj>]| {
            let c = class(i, name, bases, Layout::Exception);
            exceptions.push(c.clone());
            c
        };
        let be = &base_exception;
        let exception = exc(i, "Exception", &[be]);
        let e = &exception;
        let generator_exit = exc(i, "GeneratorExit", &[be]);
        let keyboard_interrupt = exc(i, "KeyboardInterrupt", &[be]);
        let system_exit = exc(i, "SystemExit", &[be]);
        let base_exception_group = exc(i, "BaseExceptionGroup", &[be]);
        let arithmetic_error = exc(i, "ArithmeticError", &[e]);
        exc(i, "FloatingPointError", &[&arithmetic_error]);
        let overflow_error = exc(i, "OverflowError", &[&arithmetic_error]);
        let zero_division_error = exc(i, "ZeroDivisionError", &[&arithmetic_error]);
        let assertion_error = exc(i, "AssertionError", &[e]);
        let attribute_error = exc(i, "AttributeError", &[e]);
        exc(i, "BufferError", &[e]);
        exc(i, "EOFError", &[e]);
        let exception_group = exc(i, "ExceptionGroup", &[&base_exception_group, e]);
        let import_error = exc(i, "ImportError", &[e]);
        let module_not_found_error = exc(i, "ModuleNotFoundError", &[&import_error]);
        let lookup_error = exc(i, "LookupError", &[e]);
        let index_error = exc(i, "IndexError", &[&lookup_error]);
        let key_error = exc(i, "KeyError", &[&lookup_error]);
        let memory_error = exc(i, "MemoryError", &[e]);
        let name_error = exc(i, "NameError", &[e]);
        let unbound_local_error = exc(i, "UnboundLocalError", &[&name_error]);
        let os_error = exc(i, "OSError", &[e]);
        for n in [
            "BlockingIOError",
            "ChildProcessError",
            "FileExistsError",
            "InterruptedError",
            "IsADirectoryError",
            "NotADirectoryError",
            "ProcessLookupError",
        ] {
            exc(i, n, &[&os_error]);
        }
        let connection_error = exc(i, "ConnectionError", &[&os_error]);
        for n in [
            "BrokenPipeError",
            "ConnectionAbortedError",
            "ConnectionRefusedError",
            "ConnectionResetError",
        ] {
            exc(i, n, &[&connection_error]);
        }
        let file_not_found_error = exc(i, "FileNotFoundError", &[&os_error]);
        let permission_error = exc(i, "PermissionError", &[&os_error]);
        let timeout_error = exc(i, "TimeoutError", &[&os_error]);
        exc(i, "ReferenceError", &[e]);
        let runtime_error = exc(i, "RuntimeError", &[e]);
        let not_implemented_error = exc(i, "NotImplementedError", &[&runtime_error]);
        let recursion_error = exc(i, "RecursionError", &[&runtime_error]);
        let stop_async_iteration = exc(i, "StopAsyncIteration", &[e]);
        let stop_iteration = exc(i, "StopIteration", &[e]);
        let syntax_error = exc(i, "SyntaxError", &[e]);
        let indentation_error = exc(i, "IndentationError", &[&syntax_error]);
        exc(i, "TabError", &[&indentation_error]);
        exc(i, "SystemError", &[e]);
        let type_error = exc(i, "TypeError", &[e]);
        let value_error = exc(i, "ValueError", &[e]);
        let unicode_error = exc(i, "UnicodeError", &[&value_error]);
        let unicode_decode_error = exc(i, "UnicodeDecodeError", &[&unicode_error]);
        exc(i, "UnicodeEncodeError", &[&unicode_error]);
        exc(i, "UnicodeTranslateError", &[&unicode_error]);
        let warning = exc(i, "Warning", &[e]);
        let deprecation_warning = exc(i, "DeprecationWarning", &[&warning]);
        let runtime_warning = exc(i, "RuntimeWarning", &[&warning]);
        for n in [
            "PendingDeprecationWarning",
            "SyntaxWarning",
            "UserWarning",
            "FutureWarning",
            "ImportWarning",
            "UnicodeWarning",
            "BytesWarning",
            "ResourceWarning",
            "EncodingWarning",
        ] {
            exc(i, n, &[&warning]);
        }
        Types {
            type_,
            none_type: class(i, "NoneType", &[o], Layout::NoneType),
            not_implemented_type: other(i, "NotImplementedType"),
            ellipsis_type: other(i, "ellipsis"),
            bool: bool_,
            int,
            float: class(i, "float", &[o], Layout::Float),
            complex: class(i, "complex", &[o], Layout::Complex),
            bytearray: crate::objects::bytearray::make_class(i, o, "bytearray"),
            memoryview: crate::objects::bytearray::make_class(i, o, "memoryview"),
            str: class(i, "str", &[o], Layout::Str),
            bytes: class(i, "bytes", &[o], Layout::Bytes),
            tuple: class(i, "tuple", &[o], Layout::Tuple),
            list: class(i, "list", &[o], Layout::List),
            dict: class(i, "dict", &[o], Layout::Dict),
            set: class(i, "set", &[o], Layout::Set),
            frozenset: class(i, "frozenset", &[o], Layout::FrozenSet),
            range: other(i, "range"),
            slice: other(i, "slice"),
            function: other(i, "function"),
            builtin_function: other(i, "builtin_function_or_method"),
            method: other(i, "method"),
            module: class(i, "module", &[o], Layout::Object),
            generator: other(i, "generator"),
            coroutine: other(i, "coroutine"),
            async_generator: other(i, "async_generator"),
            cell: other(i, "cell"),
            code: other(i, "code"),
            property: other(i, "property"),
            staticmethod: other(i, "staticmethod"),
            classmethod: other(i, "classmethod"),
            super_: other(i, "super"),
            null: other(i, "NULL"),
            member_descriptor: other(i, "member_descriptor"),
            base_exception,
            exception,
            type_error,
            value_error,
            index_error,
            key_error,
            attribute_error,
            name_error,
            unbound_local_error,
            runtime_error,
            recursion_error,
            not_implemented_error,
            zero_division_error,
            overflow_error,
            stop_iteration,
            stop_async_iteration,
            generator_exit,
            keyboard_interrupt,
            system_exit,
            assertion_error,
            import_error,
            module_not_found_error,
            lookup_error,
            arithmetic_error,
            os_error,
            timeout_error,
            permission_error,
            file_not_found_error,
            syntax_error,
            memory_error,
            unicode_decode_error,
            base_exception_group,
            exception_group,
            runtime_warning,
            deprecation_warning,
            exceptions,
            iterators: Default::default(),
            object,
        }
    }
}

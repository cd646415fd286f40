// Sync.swift — the declared surface of package sync, as Go source: exported
// declarations without bodies, constants with Go's values, types with Go's kinds and
// (for structs) Go's linux/amd64 size and alignment. Checked against real Go by
// scripts/check-stdlib-surface.go.
extension StdlibSurface {
    static let sync = #"""
        package sync

        import (
        	"unsafe"
        )

        type Cond struct {
        	noCopy struct{}
        	L      Locker
        	notify struct {
        		wait   uint32
        		notify uint32
        		lock   uintptr
        		head   unsafe.Pointer
        		tail   unsafe.Pointer
        	}
        	checker uintptr
        }

        func (c *Cond) Wait()
        func (c *Cond) Signal()
        func (c *Cond) Broadcast()

        type Map struct {
        	_ struct{}
        	m struct {
        		inited struct {
        			_ struct{}
        			v uint32
        		}
        		initMu struct {
        			state int32
        			sema  uint32
        		}
        		root struct {
        			_ [0]unsafe.Pointer
        			_ struct{}
        			v unsafe.Pointer
        		}
        		keyHash  func(unsafe.Pointer, uintptr) uintptr
        		valEqual func(unsafe.Pointer, unsafe.Pointer) bool
        		seed     uintptr
        	}
        }

        func (m *Map) Load(key any) (value any, ok bool)
        func (m *Map) Store(key, value any)
        func (m *Map) Clear()
        func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
        func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
        func (m *Map) Delete(key any)
        func (m *Map) Swap(key, value any) (previous any, loaded bool)
        func (m *Map) CompareAndSwap(key, old, new any) (swapped bool)
        func (m *Map) CompareAndDelete(key, old any) (deleted bool)
        func (m *Map) Range(f func(key, value any) bool)

        type Mutex struct {
        	_  struct{}
        	mu struct {
        		state int32
        		sema  uint32
        	}
        }

        func (m *Mutex) Lock()
        func (m *Mutex) TryLock() bool
        func (m *Mutex) Unlock()

        type Locker interface {
        	Lock()
        	Unlock()
        }

        type Once struct {
        	_    struct{}
        	done struct {
        		_ struct{}
        		v uint32
        	}
        	m Mutex
        }

        func (o *Once) Do(f func())

        type Pool struct {
        	noCopy     struct{}
        	local      unsafe.Pointer
        	localSize  uintptr
        	victim     unsafe.Pointer
        	victimSize uintptr
        	New        func() any
        }

        func (p *Pool) Put(x any)
        func (p *Pool) Get() any

        type RWMutex struct {
        	w           Mutex
        	writerSem   uint32
        	readerSem   uint32
        	readerCount struct {
        		_ struct{}
        		v int32
        	}
        	readerWait struct {
        		_ struct{}
        		v int32
        	}
        }

        func (rw *RWMutex) RLock()
        func (rw *RWMutex) TryRLock() bool
        func (rw *RWMutex) RUnlock()
        func (rw *RWMutex) Lock()
        func (rw *RWMutex) TryLock() bool
        func (rw *RWMutex) Unlock()
        func (rw *RWMutex) RLocker() Locker

        type WaitGroup struct {
        	noCopy struct{}
        	state  struct {
        		_ struct{}
        		_ struct{}
        		v uint64
        	}
        	sema uint32
        }

        func (wg *WaitGroup) Add(delta int)
        func (wg *WaitGroup) Done()
        func (wg *WaitGroup) Wait()
        func (wg *WaitGroup) Go(f func())

        func NewCond(l Locker) *Cond
        func OnceFunc(f func()) func()
        """#
}

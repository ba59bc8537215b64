package org.strands.platform.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockServletContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.strands.platform.PermissionTable;
import org.strands.platform.PlatformPermissions;
import org.strands.platform.Public;
import org.strands.platform.Requires;
import org.strands.platform.SignedIn;

class PermissionDeclarationCheckTests {

    @Controller
    static class Declared {
        @Requires(PlatformPermissions.READ_AREA)
        @GetMapping("/areas/{area}/declared")
        String read() {
            return "page";
        }

        @Public
        @GetMapping("/open")
        String open() {
            return "page";
        }

        @SignedIn
        @GetMapping("/mine")
        String mine() {
            return "page";
        }
    }

    @Controller
    static class DeclaresNothing {
        @GetMapping("/areas/{area}/forgotten")
        String forgotten() {
            return "page";
        }
    }

    @Controller
    static class NamesAnUnknownPermission {
        @Requires("provision.fly")
        @GetMapping("/areas/{area}/fly")
        String fly() {
            return "page";
        }
    }

    @Controller
    static class AreaPermissionOutsideAnArea {
        @Requires(PlatformPermissions.MANAGE_PEOPLE)
        @GetMapping("/people-everywhere")
        String everyone() {
            return "page";
        }
    }

    @Controller
    static class PublicAreaPage {
        @Public
        @GetMapping("/areas/{area}/open")
        String open() {
            return "page";
        }
    }

    @Controller
    static class DeclaresTwice {
        @Public
        @SignedIn
        @GetMapping("/twice")
        String twice() {
            return "page";
        }
    }

    @Test
    void handlersThatEachDeclareWhoMayCallThemLetTheApplicationStart() {
        assertThatCode(() -> check(Declared.class)).doesNotThrowAnyException();
    }

    @Test
    void aHandlerThatDeclaresNoPermissionStopsTheApplicationFromStarting() {
        assertThatThrownBy(() -> check(Declared.class, DeclaresNothing.class)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/areas/{area}/forgotten").hasMessageContaining("declares none")
                .hasMessageNotContaining("/areas/{area}/declared");
    }

    @Test
    void aHandlerThatDeclaresTwoThingsStopsTheApplicationFromStarting() {
        assertThatThrownBy(() -> check(DeclaresTwice.class)).hasMessageContaining("/twice");
    }

    @Test
    void aPermissionNoModuleDeclaresStopsTheApplicationFromStarting() {
        assertThatThrownBy(() -> check(NamesAnUnknownPermission.class)).hasMessageContaining("provision.fly, which no module declares");
    }

    @Test
    void aPermissionOfAnAreaOnAPathWithoutAnAreaStopsTheApplicationFromStarting() {
        assertThatThrownBy(() -> check(AreaPermissionOutsideAnArea.class)).hasMessageContaining("/people-everywhere")
                .hasMessageContaining("names no {area}");
    }

    @Test
    void aPublicPageOfAnAreaStopsTheApplicationFromStarting() {
        assertThatThrownBy(() -> check(PublicAreaPage.class)).hasMessageContaining("/areas/{area}/open")
                .hasMessageContaining("needs a permission of the area");
    }

    private static void check(Class<?>... controllers) {
        try (GenericWebApplicationContext context = new GenericWebApplicationContext(new MockServletContext())) {
            for (Class<?> controller : controllers) {
                context.registerBean(controller);
            }
            context.registerBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
            context.refresh();
            new PermissionDeclarationCheck(context, new PermissionTable(List.of(new PlatformPermissions()))).afterSingletonsInstantiated();
        }
    }
}
